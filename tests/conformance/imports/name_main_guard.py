# Code under `if __name__ == '__main__':` runs when the program is the main script.
def main():
    print('main() called, __name__ =', __name__)
    return 0
print('module level, __name__ =', __name__)
if __name__ == '__main__':
    main()
else:
    print('imported, not run')
