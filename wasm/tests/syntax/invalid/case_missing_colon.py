match command:
    case 1
        pass
