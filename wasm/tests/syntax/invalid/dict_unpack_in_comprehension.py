{**x for x in items}
