"""/healthz: what load balancers poll and what `make bench` measures every page against."""


def test_the_health_check_answers_ok_without_the_database(client):
    # No django_db mark: any query here would raise.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_the_health_check_goes_through_the_site_middleware(client):
    """The benchmark's baseline pays for the same middleware as every page."""
    response = client.get("/healthz")
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response
