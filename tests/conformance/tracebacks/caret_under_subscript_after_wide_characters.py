# Carets count terminal columns: CJK text takes two each, and a subscript's carets run to its closing bracket.
names = ["Ada", "Grace"]
print("名前", names[ 1 ])
print("名前", names[ 5 ])
