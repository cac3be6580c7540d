"""Mentor photos as the site publishes them: pixels only, never the camera's metadata.

A phone photo carries EXIF (GPS position of the mentor's home, device, time), XMP and
comments. Copying the file verbatim would publish all of it, so the build decodes the image
and writes a fresh file holding nothing but the pixels, turned the way EXIF said to show them.
"""
from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

# Pillow's names for the formats validation.is_raster_image lets through.
FORMATS = ("JPEG", "PNG", "WEBP")
# Avatars are shown at most 96 CSS pixels wide; this leaves room for high-density screens
# while keeping a 50-megapixel original from bloating every page that shows the mentor.
MAX_SIDE = 1024
# Decoding more pixels than this is refused rather than attempted (a "decompression bomb").
MAX_PIXELS = 40_000_000


class PhotoError(Exception):
    """The file cannot be published as a photo; the message says what to do."""


def clean_photo(data: bytes) -> bytes:
    """The photo re-encoded in its own format with all metadata dropped; raises PhotoError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                kind = image.format
                if image.width * image.height > MAX_PIXELS:
                    raise Image.DecompressionBombError(f"{image.width}x{image.height}")
                upright = ImageOps.exif_transpose(image)
                upright.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"the photo has too many pixels; export it at most {MAX_SIDE} pixels wide") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise PhotoError("the photo cannot be read as a JPEG, PNG or WebP image; export it again as JPEG or PNG") from None
    upright.thumbnail((MAX_SIDE, MAX_SIDE))
    pixels = _without_metadata(upright)
    out = io.BytesIO()
    if kind == "JPEG":
        pixels.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
    elif kind == "PNG":
        pixels.save(out, "PNG", optimize=True)
    else:
        pixels.save(out, "WEBP", quality=88, method=6)
    return out.getvalue()


def _without_metadata(image: Image.Image) -> Image.Image:
    """A new image from the raw pixels (and palette), so none of the source's info chunks come along."""
    mode = image.mode if image.mode in {"1", "L", "LA", "P", "RGB", "RGBA"} else ("RGBA" if "A" in image.getbands() else "RGB")
    source = image.convert(mode) if mode != image.mode else image
    clean = Image.frombytes(mode, source.size, source.tobytes())
    if mode == "P":
        palette = source.getpalette()
        if palette is not None:
            clean.putpalette(palette)
        if "transparency" in source.info:
            clean.info["transparency"] = source.info["transparency"]
    return clean
