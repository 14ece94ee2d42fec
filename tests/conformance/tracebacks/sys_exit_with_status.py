# sys.exit(3) ends the program with status 3 and no traceback, after running finally.
import sys

def main():
    try:
        print('working')
        sys.exit(3)
    finally:
        print('cleanup in finally')

main()
print('never printed')
