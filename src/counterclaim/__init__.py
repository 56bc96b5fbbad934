"""counterclaim: turn conflict news into a sourced, reconciled record of claims."""

from counterclaim.records import Claim, Document, IngestError, OffsetMap, RawDocument, StoredClaim

__version__ = "0.1.0"

__all__ = ["Claim", "Document", "IngestError", "OffsetMap", "RawDocument", "StoredClaim", "__version__"]
