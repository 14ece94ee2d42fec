# A tiny WebDriver client (chromedriver + headless Chromium), fresh profile per session.
import base64, json, subprocess, sys, time, requests, os, socket
def free():
    s=socket.socket(); s.bind(("127.0.0.1",0)); p=s.getsockname()[1]; s.close(); return p
class WD:
    def __init__(self):
        self.port=free()
        self.proc=subprocess.Popen(["chromedriver",f"--port={self.port}"],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
        self.base=f"http://127.0.0.1:{self.port}"
        for _ in range(50):
            try:
                r=requests.post(self.base+"/session",json={"capabilities":{"alwaysMatch":{"goog:chromeOptions":{"binary":"/usr/lib/chromium/chromium","args":["--headless","--no-sandbox","--disable-gpu","--disable-dev-shm-usage","--window-size=1280,900"]},"goog:loggingPrefs":{"browser":"ALL"}}}}); break
            except Exception: time.sleep(0.2)
        self.s=self.base+"/session/"+r.json()["value"]["sessionId"]
    def go(self,url): requests.post(self.s+"/url",json={"url":url})
    def js(self,script,*args): return requests.post(self.s+"/execute/sync",json={"script":script,"args":list(args)}).json()["value"]
    def shot(self,path):
        open(path,"wb").write(base64.b64decode(requests.get(self.s+"/screenshot").json()["value"]))
    def log(self): return requests.post(self.s+"/se/log",json={"type":"browser"}).json()["value"]
    def quit(self):
        requests.delete(self.s); self.proc.kill()
def find(self,css):
    r=requests.post(self.s+"/element",json={"using":"css selector","value":css}).json()["value"]
    return list(r.values())[0]
def keys(self,eid,text):
    return requests.post(self.s+f"/element/{eid}/value",json={"text":text}).json()
WD.find=find; WD.keys=keys
