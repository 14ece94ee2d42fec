# A __del__ added to a class after it was made runs for it and its subclasses; deleting it stops that.
class Resource:
    pass


class Special(Resource):
    pass


def finalize(self):
    print("finalized", type(self).__name__)


Resource.__del__ = finalize
r = Resource()
r = None
s = Special()
s = None
print("--")
del Resource.__del__
r = Resource()
r = None
print("end")
