"""plans: Vietnamese administrative plan documents → normalised, provenance-carrying records.

    >>> import pipeline
    >>> doc = pipeline.extract("corpus/seeds/000_52c815cd960990dc.txt")
    >>> doc.document.issued_date
    '2024-01-05'
"""
from .api import extract, extract_raw
from .ingest import IngestError
from .model import PlanDocument

__version__ = "0.1.0"
__all__ = ["extract", "extract_raw", "IngestError", "PlanDocument", "__version__"]
