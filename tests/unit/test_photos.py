"""Photos reach the site as pixels only: no GPS position, camera or comment from the original file."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from mentor_directory.outputs.photos import MAX_SIDE, PhotoError, clean_photo

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def jpeg_with_gps(size: tuple[int, int] = (40, 20), orientation: int = 1) -> bytes:
    """A JPEG as a phone writes it: EXIF with a GPS position, a camera model and an orientation."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0110] = "Pocket Camera 9"  # Model
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (46.0, 47.0, 12.5), 3: "W", 4: (92.0, 6.0, 3.1)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"taken at home")
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_test_photo_really_carries_a_gps_position() -> None:
    original = opened(jpeg_with_gps())
    assert original.getexif().get_ifd(GPS_IFD)[2] == (46.0, 47.0, 12.5)


def test_a_cleaned_jpeg_has_no_exif_gps_or_comment_but_the_same_picture() -> None:
    original = jpeg_with_gps()
    cleaned = clean_photo(original)
    image = opened(cleaned)
    assert image.format == "JPEG" and image.size == (40, 20)
    assert len(image.getexif()) == 0
    assert "exif" not in image.info and "comment" not in image.info
    assert b"Pocket Camera" not in cleaned and b"taken at home" not in cleaned
    left, right = image.getpixel((5, 10)), image.getpixel((35, 10))
    assert left[2] > 150 and right[0] > 150, "the blue half stays on the left, the red half on the right"


def test_a_photo_taken_sideways_is_turned_upright_before_its_orientation_tag_is_dropped() -> None:
    cleaned = opened(clean_photo(jpeg_with_gps(size=(40, 20), orientation=6)))
    assert cleaned.size == (20, 40)


@pytest.mark.parametrize("kind", ["PNG", "WEBP"])
def test_png_and_webp_keep_their_format_and_lose_their_text_chunks(kind: str) -> None:
    image = Image.new("RGBA", (8, 8), (10, 200, 10, 128))
    out = io.BytesIO()
    if kind == "PNG":
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Location", "12 Elm Street")
        image.save(out, kind, pnginfo=info)
    else:
        exif = Image.Exif()
        exif[0x010E] = "12 Elm Street"  # ImageDescription
        image.save(out, kind, exif=exif)
    assert b"12 Elm Street" in out.getvalue()
    cleaned = clean_photo(out.getvalue())
    assert b"12 Elm Street" not in cleaned
    result = opened(cleaned)
    assert result.format == kind and result.getpixel((3, 3)) [1] > 150


def test_a_huge_photo_is_scaled_down_to_what_the_site_shows() -> None:
    out = io.BytesIO()
    Image.new("RGB", (3000, 1500), (1, 2, 3)).save(out, "PNG")
    assert max(opened(clean_photo(out.getvalue())).size) == MAX_SIDE


def test_the_same_photo_always_becomes_the_same_bytes() -> None:
    assert clean_photo(jpeg_with_gps()) == clean_photo(jpeg_with_gps())


@pytest.mark.parametrize("data", [
    b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    b"\xff\xd8\xff\xe0 truncated jpeg",
    b"GIF89a\x01\x00\x01\x00",
    b"",
])
def test_anything_that_is_not_a_readable_jpeg_png_or_webp_is_refused_with_a_fix(data: bytes) -> None:
    with pytest.raises(PhotoError, match="export it again as JPEG or PNG"):
        clean_photo(data)


def test_a_decompression_bomb_is_refused_before_it_is_decoded() -> None:
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")
    with pytest.raises(PhotoError, match="too many pixels"):
        clean_photo(out.getvalue())
