"""A Vietnamese-capable TrueType font for reportlab in tests: the fixture script's own lookup."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


def register() -> str:
    import make_fixtures
    make_fixtures.register_pdf_fonts(make_fixtures.find_fonts())
    return make_fixtures.PDF_FONT["r"]
