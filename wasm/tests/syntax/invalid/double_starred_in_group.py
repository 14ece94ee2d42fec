x = (**items)
