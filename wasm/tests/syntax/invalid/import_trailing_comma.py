from threading import Thread, Lock,
