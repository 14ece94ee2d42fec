# nlargest/nsmallest with keys and ties (ties keep input order), and n <= 0.
import heapq

scores = [('ann', 90), ('bob', 75), ('cy', 90), ('dee', 60), ('eve', 75)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(3, 'heapq'), heapq.nlargest(0, [1]), heapq.nsmallest(10, [2, 1]))
