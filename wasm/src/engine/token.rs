//! Tokens: what the lexer hands the parser and the highlighter.

/// The kind of a token, following CPython's `token` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An identifier (including the soft keywords `match`, `case`, `_`).
    Name,
    /// A numeric literal.
    Number,
    /// A string or bytes literal, prefix and quotes included (f-strings too).
    String,
    /// The end of a logical line.
    Newline,
    /// An increase of indentation.
    Indent,
    /// A decrease of indentation.
    Dedent,
    /// The end of the input.
    EndMarker,
    /// A comment (only produced for highlighting).
    Comment,
    /// An ASCII character that is no token (`$`, `?`, `` ` ``, a lone `!`);
    /// CPython's tokenizer passes it on and the parser rejects it.
    Unknown,
    /// `<>`, which CPython tokenizes as `!=` but only accepts under `barry_as_FLUFL`.
    LessGreater,

    // Keywords.
    /// `False`
    False,
    /// `None`
    None,
    /// `True`
    True,
    /// `and`
    And,
    /// `as`
    As,
    /// `assert`
    Assert,
    /// `async`
    Async,
    /// `await`
    Await,
    /// `break`
    Break,
    /// `class`
    Class,
    /// `continue`
    Continue,
    /// `def`
    Def,
    /// `del`
    Del,
    /// `elif`
    Elif,
    /// `else`
    Else,
    /// `except`
    Except,
    /// `finally`
    Finally,
    /// `for`
    For,
    /// `from`
    From,
    /// `global`
    Global,
    /// `if`
    If,
    /// `import`
    Import,
    /// `in`
    In,
    /// `is`
    Is,
    /// `lambda`
    Lambda,
    /// `nonlocal`
    Nonlocal,
    /// `not`
    Not,
    /// `or`
    Or,
    /// `pass`
    Pass,
    /// `raise`
    Raise,
    /// `return`
    Return,
    /// `try`
    Try,
    /// `while`
    While,
    /// `with`
    With,
    /// `yield`
    Yield,

    // Operators and delimiters.
    /// `(`
    LPar,
    /// `)`
    RPar,
    /// `[`
    LSqb,
    /// `]`
    RSqb,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `|`
    VBar,
    /// `&`
    Amper,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Equal,
    /// `.`
    Dot,
    /// `%`
    Percent,
    /// `==`
    EqEqual,
    /// `!=`
    NotEqual,
    /// `<=`
    LessEqual,
    /// `>=`
    GreaterEqual,
    /// `~`
    Tilde,
    /// `^`
    Circumflex,
    /// `<<`
    LeftShift,
    /// `>>`
    RightShift,
    /// `**`
    DoubleStar,
    /// `+=`
    PlusEqual,
    /// `-=`
    MinusEqual,
    /// `*=`
    StarEqual,
    /// `/=`
    SlashEqual,
    /// `%=`
    PercentEqual,
    /// `&=`
    AmperEqual,
    /// `|=`
    VBarEqual,
    /// `^=`
    CircumflexEqual,
    /// `<<=`
    LeftShiftEqual,
    /// `>>=`
    RightShiftEqual,
    /// `**=`
    DoubleStarEqual,
    /// `//`
    DoubleSlash,
    /// `//=`
    DoubleSlashEqual,
    /// `@`
    At,
    /// `@=`
    AtEqual,
    /// `->`
    RArrow,
    /// `...`
    Ellipsis,
    /// `:=`
    ColonEqual,
}

impl TokenKind {
    /// The keyword an identifier spells, if it is one (soft keywords are not).
    pub fn keyword(word: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match word {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// True for the reserved words (`if`, `True`, ...).
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8) && (self as u8) <= (TokenKind::Yield as u8)
    }

    /// True for operators and delimiters.
    pub fn is_operator(self) -> bool {
        (self as u8) >= (TokenKind::LPar as u8)
            || matches!(self, TokenKind::Unknown | TokenKind::LessGreater)
    }
}

/// One token: its kind and the bytes `[start, end)` it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}
