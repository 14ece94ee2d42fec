x = (*items)
