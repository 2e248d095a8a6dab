"""The pages' Content-Security-Policy as built: first in <head>, hashes for exactly the theme's
inline scripts (computed here independently of builder/csp.py), no 'unsafe-inline' for scripts."""
import base64
import hashlib
import re

from builder import headers

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.S)


def pages(site_dir):
    return sorted(site_dir.rglob("*.html"))


def sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_policy_is_the_first_thing_in_head_on_every_page(site_dir):
    for path in pages(site_dir):
        raw = path.read_text(encoding="utf-8")
        head = raw.split("<head>", 1)[1].lstrip()
        assert META.match(head), path
        assert head.index('<meta name="referrer" content="no-referrer">') < head.index("<link"), path
        assert b'<meta charset="utf-8">' in path.read_bytes()[:1024], path   # where the browser looks for it


def test_every_inline_script_is_allowed_by_its_hash_and_nothing_else(site_dir):
    every, policies = set(), set()
    for path in pages(site_dir):
        raw = path.read_text(encoding="utf-8")
        every.update(f"'sha256-{sha256(b)}'" for b in INLINE.findall(raw))
        policies.add(META.search(raw).group(1))
    assert len(policies) == 1   # one policy for the whole site, as in the nginx header
    policy = dict(d.strip().split(" ", 1) for d in policies.pop().split(";"))
    script_src = policy["script-src"].split()
    assert script_src[0] == "'self'" and set(script_src[1:]) == every
    assert "frame-ancestors" not in policy   # ignored (with a console error) in <meta>: sent as a header


def test_theme_scripts_do_not_vary_with_page_depth(site_dir):
    """extra.scope in mkdocs.yml: otherwise each depth would have its own script and hash."""
    top = INLINE.findall((site_dir / "index.html").read_text(encoding="utf-8"))
    deep = INLINE.findall((site_dir / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8"))
    assert top[0] == deep[0] and top[0].startswith('__md_scope=new URL("/",location)')
    assert len({b for p in pages(site_dir) for b in INLINE.findall(p.read_text(encoding="utf-8"))}) <= 6


def test_the_nginx_header_carries_the_same_hashes(site_dir):
    meta = META.search((site_dir / "index.html").read_text(encoding="utf-8")).group(1)
    conf = (site_dir.parent / "build" / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    header = re.search(r'map \$uri \$ug_csp \{.*?default "([^"]+)";', conf, re.S).group(1)
    assert header == meta + "; frame-ancestors 'none'"
    assert header == headers.page_csp(re.findall(r"'sha256-([^']+)'", meta))
