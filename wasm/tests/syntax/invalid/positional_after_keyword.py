Thread(target=work, args)
