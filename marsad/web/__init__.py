"""The analyst's workbench: REST API and web UI over the store (`marsad serve`)."""
from marsad.web.app import create_app

__all__ = ["create_app"]
