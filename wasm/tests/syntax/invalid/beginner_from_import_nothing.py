from threading import
