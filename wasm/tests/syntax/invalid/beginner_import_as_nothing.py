import threading as
