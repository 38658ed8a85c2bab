#!/usr/bin/env python3
"""Black-box check of issue 12's findings against a running bot (anonymous mode, loopback), with a fake Bot
Connector that can answer 503/429. Not part of test.sh (each finding has an xunit test there); run it by hand after
`dotnet build -c Release`:  python3 tests/hostile/check.py
Prints one line per check and exits 1 when any check fails."""
import http.server, json, os, re, socket, sqlite3, subprocess, sys, tempfile, threading, time, unicodedata, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.path.join(ROOT, "bot", "ChatBot.Host", "bin", "Release", "net10.0", "ChatBot.Host.dll")
ALEX, SUZUKI, STRANGER = ("00000000-0000-0000-0000-00000000000%s" % n for n in ("20", "21", "25"))
NUMBER = "123456789018"  # a valid My Number (check digit 8)
results = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Connector(http.server.BaseHTTPRequestHandler):
    """The fake Bot Connector: records every body; `failures` answers the next sends with those status codes."""
    bodies, failures = [], []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if Connector.failures:
            status = Connector.failures.pop(0)
            self.send_response(status)
            if status == 429: self.send_header("Retry-After", "1")
            self.end_headers()
            return
        Connector.bodies.append(body)
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"id": f"m{len(Connector.bodies)}"}).encode())

    do_PUT = do_POST

    def log_message(self, *args): pass


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}{'  — ' + detail if detail else ''}")


class Bot:
    def __init__(self, db, connector_url):
        self.port, self.db, self.connector = free_port(), db, connector_url
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)

    def start(self, wait=True):
        env = dict(os.environ, Storage__Provider="Sqlite", Storage__ConnectionString=f"Data Source={self.db}",
                   ASPNETCORE_ENVIRONMENT="Development", Bot__AppId="")
        self.proc = subprocess.Popen(["dotnet", DLL, "--urls", f"http://127.0.0.1:{self.port}"], cwd=os.path.join(ROOT, "bot", "ChatBot.Host"),
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT)
        if not wait: return self
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/ready", timeout=1)
                return self
            except Exception:
                if self.proc.poll() is not None: return self
                time.sleep(0.5)
        return self

    def stop(self):
        self.proc.terminate()
        self.proc.wait(20)

    def post(self, activity):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/messages", json.dumps(activity).encode(),
                                         {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def activity(self, user, kind="message", locale="ja-JP", **extra):
        a = {"type": kind, "id": f"a{time.time_ns()}", "channelId": "msteams", "serviceUrl": self.connector, "locale": locale,
             "from": {"id": f"29:{user}", "aadObjectId": user, "name": "Tester"}, "recipient": {"id": "28:bot", "name": "Bot"},
             "conversation": {"id": f"a:personal-{user}", "conversationType": "personal", "tenantId": "t"}}
        a.update(extra)
        return a

    def say(self, user, text, locale="ja-JP"):
        return self.post(self.activity(user, text=text, locale=locale))

    def click(self, user, verb, data, locale="ja-JP"):
        return self.post(self.activity(user, "invoke", locale, name="adaptiveCard/action",
                                       value={"action": {"type": "Action.Execute", "verb": verb, "data": data}}))


def digits_of(data):
    text = unicodedata.normalize("NFKC", data.decode("utf-8", "ignore"))
    return "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in text)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Connector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    connector = f"http://127.0.0.1:{server.server_address[1]}/_connector"
    work = tempfile.mkdtemp(prefix="hostile-")
    db = os.path.join(work, "chatbot.db")
    bot = Bot(db, connector).start()

    # 8: activities without routing fields
    for label, change in [("no serviceUrl", lambda a: a.pop("serviceUrl")), ("no conversation", lambda a: a.pop("conversation")),
                          ("empty conversation id", lambda a: a["conversation"].update(id="")),
                          ("javascript: serviceUrl", lambda a: a.update(serviceUrl="javascript:alert(1)")),
                          ("file: serviceUrl", lambda a: a.update(serviceUrl="file:///etc/passwd")),
                          ("broken serviceUrl", lambda a: a.update(serviceUrl="http://[::1"))]:
        a = bot.activity(ALEX, text="help"); change(a)
        status, _ = bot.post(a)
        check(f"8 {label} → 400", status == 400, str(status))

    # 7: wrong-typed card data
    for data in ({"id": 17}, {"id": "x", "version": 4611686018427387904}, {"id": ["a"], "version": "1"}):
        status, body = bot.click(ALEX, "correctiveActions.complete", data)
        check(f"7 correctiveActions.complete {json.dumps(data)} → 4xx", 400 <= status < 500 or '"statusCode":400' in body, str(status))

    # 3: a stranger reads a handler's sheet
    bot.say(ALEX, "点検開始"); bot.say(SUZUKI, "点検")
    time.sleep(2)
    campaign = next((m.group(1) for b in Connector.bodies for m in [re.search(r'"campaign":"(FY\d{4}-Q\d)"', b)] if m), None)
    status, body = bot.click(STRANGER, "inspections.refresh", {"campaign": campaign or "FY2026-Q3", "handler": SUZUKI})
    # The sheet names its handler and lists the checklist items; a refusal does neither.
    shown = json.dumps(json.loads(body), ensure_ascii=False) if body.startswith("{") else body
    check("3 stranger inspections.refresh gets no sheet", campaign is not None and "鈴木" not in shown and "取扱区域" not in shown,
          f"campaign {campaign}, {status}, {len(body)} bytes")

    # 9: My Numbers in unusual encodings never reach the database
    variants = ["1234\u00a05678\u00a09018", "1234\n5678\n9018", "1234  5678  9018", "1234.5678.9018", "1234\u200b5678\u200b9018",
                "".join(chr(0x0660 + int(d)) for d in NUMBER), "99" + NUMBER + "7", "".join(chr(0x1D7CE + int(d)) for d in NUMBER)]
    for v in variants: bot.say(STRANGER, f"この番号 {v} の書類はどう保管する？")
    bot.say(STRANGER, "番号は123456"); bot.say(STRANGER, "789018です")
    time.sleep(1)
    stored = b"".join(open(p, "rb").read() for p in (db, db + "-wal") if os.path.exists(p))
    check("9 no encoding of the number in the database or WAL", NUMBER not in digits_of(stored).replace(" ", ""))

    # 4: an in-turn reply survives a 503 and a 429
    for failures in ([503], [429]):
        Connector.failures[:] = failures
        before = len(Connector.bodies)
        bot.say(SUZUKI, "漏えいかも")
        deadline = time.time() + 15
        while time.time() < deadline and not any("incidents.submit" in b for b in Connector.bodies[before:]): time.sleep(0.2)
        check(f"4 leak form delivered after a {failures[0]}", any("incidents.submit" in b for b in Connector.bodies[before:]))

    # 5: a missing or damaged database
    bot.stop()
    os.remove(db)
    for p in (db + "-wal", db + "-shm"):
        if os.path.exists(p): os.remove(p)
    bot = Bot(db, connector).start()
    health = urllib.request.urlopen(f"http://127.0.0.1:{bot.port}/health/ready").read().decode()
    bot.log.seek(0)
    log = bot.log.read()
    check("5 a new database is announced at start and in health", re.search(r"new|genesis|created", log, re.I) is not None
          and re.search(r"new|genesis|created", health, re.I) is not None, health[:120])
    bot.say(ALEX, "監査検証")
    time.sleep(1)
    texts = [json.loads(b).get("text") or "" for b in Connector.bodies[-3:]]
    check("5 監査検証 names the genesis", any("genesis" in t.lower() or "ジェネシス" in t for t in texts))
    bot.stop()
    with open(db, "r+b") as f: f.write(b"\xde\xad" * 50)
    bot = Bot(db, connector).start(wait=False)
    code = bot.proc.wait(60)
    check("5 a corrupt header stops the start with a clear non-zero exit, no abort", code not in (0, -6, 134), f"exit {code}")
    server.shutdown()
    print(f"{sum(results)}/{len(results)} checks passed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
