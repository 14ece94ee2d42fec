//! Machine-readable files: the Atom feed, the sitemap, robots.txt and the
//! schema.org structured data of question pages.

use std::time::SystemTime;

use serde_json::json;

use crate::html::escape;
use crate::site::{Question, Site};

/// When a question last changed: its `updated` field, else its file's
/// modification time, as RFC 3339.
pub fn updated(question: &Question) -> String {
    if let Some(date) = &question.source.front.updated {
        return rfc3339(date);
    }
    let time = question.source.modified.unwrap_or(SystemTime::UNIX_EPOCH);
    humantime::format_rfc3339_seconds(time).to_string()
}

/// A TOML date or datetime as RFC 3339, as Atom requires.
fn rfc3339(date: &toml::value::Datetime) -> String {
    match (&date.date, &date.time) {
        (Some(d), None) => format!("{d}T00:00:00Z"),
        (Some(d), Some(t)) => {
            let offset = date.offset.map_or("Z".to_string(), |o| o.to_string());
            format!("{d}T{t}{offset}")
        }
        _ => "1970-01-01T00:00:00Z".to_string(),
    }
}

/// The Atom feed of every question.
pub fn atom(site: &Site) -> String {
    let base = &site.base;
    let mut entries = String::new();
    let mut newest = String::from("1970-01-01T00:00:00Z");
    for q in &site.questions {
        let url = base.absolute(&q.site_path());
        let updated = updated(q);
        if updated > newest {
            newest = updated.clone();
        }
        entries.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <link href=\"{}\"/>\n    <id>{}</id>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape(q.source.title()),
            escape(&url),
            escape(&url),
            updated,
            escape(q.source.summary()),
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n  <link href=\"{}\"/>\n  <id>{}</id>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n{}</feed>\n",
        escape(&site.config.language),
        escape(&site.config.title),
        escape(&site.config.description),
        escape(&base.absolute("atom.xml")),
        escape(base.as_str()),
        escape(base.as_str()),
        newest,
        escape(&site.config.title),
        entries
    )
}

/// The sitemap of every page worth indexing.
pub fn sitemap(site: &Site, extra_paths: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in extra_paths {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&site.base.absolute(path))
        ));
    }
    for q in &site.questions {
        let date = updated(q);
        let day = date.get(..10).unwrap_or(&date);
        out.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{day}</lastmod></url>\n",
            escape(&site.base.absolute(&q.site_path()))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// robots.txt: everything may be crawled; here is the sitemap.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.base.absolute("sitemap.xml")
    )
}

/// schema.org `QAPage` for a question page: one question, its accepted answer.
pub fn qa_page_json_ld(site: &Site, q: &Question) -> String {
    let url = site.base.absolute(&q.site_path());
    let answer_text = if q.body.plain_text.is_empty() {
        q.source.summary().to_string()
    } else {
        format!("{} {}", q.source.summary(), q.body.plain_text)
    };
    let data = json!({
        "@context": "https://schema.org",
        "@type": "QAPage",
        "url": url,
        "mainEntity": {
            "@type": "Question",
            "name": q.source.title(),
            "text": q.source.title(),
            "answerCount": 1,
            "dateModified": updated(q),
            "acceptedAnswer": {
                "@type": "Answer",
                "text": answer_text,
                "url": format!("{url}#main"),
                "dateModified": updated(q),
            }
        }
    });
    // `</script>` or `<!--` in a string would change how the HTML parser
    // reads the <script> element; `\u003c` is the same JSON without a `<`.
    data.to_string().replace('<', "\\u003c")
}
