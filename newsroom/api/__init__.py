"""The REST API's shared machinery: versioned routes, permissions, errors, conditional requests.

Each app's `api.py` declares its own serializers, filtersets and viewsets; this package holds
what they all share and the router that puts them under `/api/v1/`.
"""
