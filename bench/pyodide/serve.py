# Static server that counts the bytes it sends, per path.
import http.server, json, sys, os
SENT = []
class H(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm"}
    def copyfile(self, src, dst):
        n = 0
        while True:
            b = src.read(65536)
            if not b: break
            dst.write(b); n += len(b)
        SENT.append((self.path, n))
    def do_GET(self):
        if self.path == "/__sent":
            body = json.dumps(SENT).encode(); SENT.clear()
            self.send_response(200); self.send_header("Content-Type","application/json"); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body); return
        return super().do_GET()
    def log_message(self, *a): pass
os.chdir(sys.argv[1])
http.server.ThreadingHTTPServer(("127.0.0.1", 8766), H).serve_forever()
