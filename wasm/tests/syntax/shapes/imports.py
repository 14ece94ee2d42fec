import a
import a.b.c as d, e
from . import x
from .. import y as z
from .a.b import (c, d as e,)
from ... import w
from a import *
