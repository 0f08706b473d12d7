#!/bin/sh
# The catalog entry for Scriptix's QUOTA_EXCEEDED as JSON, then the whole catalog. CATALOG defaults to the site.
CATALOG="${CATALOG:-https://speech-errors.example.org}"
curl -fsS "$CATALOG/errors/scriptix/code/QUOTA_EXCEEDED.json"
curl -fsS -o catalog.json "$CATALOG/catalog.json"
