path = 'C:\\dir\'
