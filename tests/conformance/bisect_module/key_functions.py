# bisect with key= (3.10+): searching records sorted by a field.
import bisect

people = [('ann', 21), ('bob', 25), ('cy', 25), ('dee', 40)]
ages = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=ages), bisect.bisect_right(people, 25, key=ages))
bisect.insort(people, ('eve', 25), key=ages)
bisect.insort_left(people, ('fay', 21), key=ages)
print(people)
