//! Spreadsheet CSV, as spreadsheets export it: UTF-8 with or without a byte-order mark, comma
//! or semicolon separated (decided by the header line), quoted cells that may hold separators,
//! doubled quotes and line breaks. Rows remember the line they start on, for error messages.

/// A parsed file: the header cells and the rows after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// One row and the line of the file it starts on (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a file could not be read as CSV, with the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub problem: String,
}

/// The separator of the header line: the more frequent of `,` and `;` outside quotes.
fn separator(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// Parses `text`. Blank rows are skipped; an unterminated quote is an error naming its line.
pub fn parse(text: &str) -> Result<Table, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator(text);
    let mut rows: Vec<Row> = vec![];
    let (mut cells, mut cell) = (vec![], String::new());
    let (mut line, mut row_line) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut quote_line = 0;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                quote_line = line;
            }
            c if c == sep => cells.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                rows.push(Row {
                    line: row_line,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                row_line = line;
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(CsvError {
            line: quote_line,
            problem: "a quoted cell is never closed (a `\"` is missing)".into(),
        });
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        rows.push(Row {
            line: row_line,
            cells,
        });
    }
    for row in rows.iter_mut() {
        for cell in row.cells.iter_mut() {
            *cell = cell.trim().to_string();
        }
    }
    rows.retain(|r| r.cells.iter().any(|c| !c.is_empty()));
    if rows.is_empty() {
        return Err(CsvError {
            line: 1,
            problem: "the file is empty: it needs a header row".into(),
        });
    }
    let header = rows.remove(0).cells;
    Ok(Table { header, rows })
}

/// A cell as CSV: quoted when it holds a comma, a quote, a line break or outer spaces.
fn cell(text: &str) -> String {
    let plain = !text.contains([',', '"', '\n', '\r', ';']) && text.trim() == text;
    if plain {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('"', "\"\""))
    }
}

/// Comma-separated CSV of `header` and `rows`, lines ending in `\n`.
pub fn write(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    for row in rows {
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// A header name as matched: lowercase, without spaces, underscores or hyphens.
pub fn normalize_header(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &Table) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn commas_quotes_line_breaks_and_a_bom() {
        let t = parse("\u{feff}a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\r\n")
            .expect("csv");
        assert_eq!(t.header, ["a", "b", "c"]);
        assert_eq!(
            cells(&t),
            [vec!["1", "x, y", "say \"hi\""], vec!["2", "two\nlines", ""]]
        );
        assert_eq!(t.rows[1].line, 3);
    }

    #[test]
    fn semicolons_when_the_header_uses_them_and_blank_rows_are_skipped() {
        let t = parse("path;level;statement\n\nic;L1;\"a, b; c\"\n;;\n").expect("csv");
        assert_eq!(t.header, ["path", "level", "statement"]);
        assert_eq!(cells(&t), [vec!["ic", "L1", "a, b; c"]]);
        assert_eq!(t.rows[0].line, 3);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        let e = parse("a,b\n1,2\n3,\"open\n").expect_err("unclosed");
        assert_eq!(e.line, 3);
        assert!(parse("").is_err());
    }

    #[test]
    fn written_cells_read_back() {
        let rows = vec![vec![
            "x, y".to_string(),
            "two\nlines".into(),
            "q\"".into(),
            " pad".into(),
        ]];
        let text = write(&["a", "b", "c", "d"], &rows);
        let t = parse(&text).expect("csv");
        assert_eq!(cells(&t), [vec!["x, y", "two\nlines", "q\"", "pad"]]);
        assert_eq!(normalize_header(" Statement_ID "), "statementid");
    }
}
