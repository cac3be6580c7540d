"""Stage 4, the Pelican glue: settings, signal receivers, the generator that writes every page,
the profile cache and the second core. The only stage that imports Pelican."""
