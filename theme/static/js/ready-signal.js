// Says on the page when a script has finished showing what was asked of it, so tests (and
// anything else that watches) wait on the page itself instead of guessing with timers.
//
// Contract, kept exact because the browser tests wait on it:
//   <html data-directory="busy|ready">  set by the directory script. "busy" as soon as it
//     starts applying a state (page load, a filter or sort change, typing in the search,
//     "Show more", a removed chip, back/forward); "ready" once the DOM shows that state, no
//     fetch, search or typing pause is pending, two animation frames have passed since the
//     last change, and every card of the list within the viewport has been drawn (cards in
//     the live list are drawn lazily: content-visibility: auto in directory.css). It is
//     also "busy" while it fetches ahead (focusing the page's controls starts loading the
//     records, the search index and, when the page holds only some, every card; that last
//     one hides the page links).
//   <html data-planner="busy|ready">  set by the planner: "busy" while it loads the records,
//     "ready" two animation frames after it has rendered the plan. (The planner's own
//     element is div[data-planner]: select it that way, as <html> now has the attribute too.)
// Either is also "ready" when its script gave up and left the page as it works without
// JavaScript (the reason is in the console).
// A newer state always turns "busy" before its own "ready", so "ready" never describes an
// older state.

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

// name: the data attribute on <html> ("directory", "planner"). drawn(): true once whatever
// the page shows has been drawn; checked every frame until it is.
export function readySignal(name, drawn = () => true) {
  const html = document.documentElement;
  let pending = 0;
  let wanted = false;
  let turn = 0;

  function busy() {
    turn += 1;
    wanted = false;
    html.dataset[name] = "busy";
  }

  async function settle() {
    if (!wanted || pending > 0) return;
    turn += 1;
    const mine = turn;
    await nextFrame();
    await nextFrame();
    while (mine === turn && !drawn()) await nextFrame();
    if (mine === turn) html.dataset[name] = "ready";
  }

  // The state asked for is now in the DOM.
  function ready() {
    wanted = true;
    settle();
  }

  // Something the page is waiting for (a fetch, a typing pause): never "ready" meanwhile.
  function hold() {
    pending += 1;
    html.dataset[name] = "busy";
    turn += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      pending -= 1;
      settle();
    };
  }

  async function during(promise) {
    const release = hold();
    try {
      return await promise;
    } finally {
      release();
    }
  }

  return { busy, ready, hold, during };
}
