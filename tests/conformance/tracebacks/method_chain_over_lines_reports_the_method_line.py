# A method chain split over lines reports the line of the failing method, with carets from its name, as CPython 3.11 does.
class Query:
    def where(self, condition):
        return self

    def limit(self, n):
        return 100 // n


text = "a,b"
try:
    parts = (text
             .upper()
             .split(",")
             .missing())
except AttributeError as e:
    print("AttributeError:", e)

rows = (Query()
        .where("a > 1")
        .where("b < 2")
        .limit(0))
