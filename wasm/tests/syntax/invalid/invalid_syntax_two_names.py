thread start
