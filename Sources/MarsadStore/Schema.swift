import GRDB

/// The store's schema, as explicit migrations. Add a migration for every change; never edit one
/// that has shipped.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var m = DatabaseMigrator()
        m.registerMigration("v1: articles, records, query tables, FTS") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        doc_id TEXT NOT NULL,           -- sha256 of the text (record.doc.id)
                        url TEXT NOT NULL DEFAULT '',   -- '' when the input gave none
                        source TEXT NOT NULL,           -- path as given, or PATH#N
                        outlet TEXT,                    -- input's outlet field, else the outlet named in the text
                        title TEXT,
                        published TEXT,                 -- YYYY-MM-DD, YYYY-MM or YYYY
                        precision TEXT,
                        basis TEXT,
                        length INTEGER NOT NULL,        -- Unicode scalars
                        text TEXT NOT NULL,
                        meta TEXT NOT NULL,             -- JSON object
                        record TEXT NOT NULL,           -- the analysis record, JSON
                        signature BLOB,                 -- MinHash signature (near-duplicates)
                        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                        UNIQUE (doc_id, url)
                    );
                    CREATE INDEX article_published ON article(published);
                    CREATE INDEX article_outlet ON article(outlet COLLATE NOCASE);

                    CREATE TABLE entity (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        entity_id TEXT NOT NULL,
                        type TEXT NOT NULL,
                        name_ar TEXT NOT NULL,
                        name_en TEXT,
                        country TEXT,
                        cameo TEXT,
                        mentions INTEGER NOT NULL,
                        PRIMARY KEY (article_id, entity_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX entity_by_id ON entity(entity_id, article_id);

                    CREATE TABLE mention (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        entity_id TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE INDEX mention_by_article ON mention(article_id);

                    CREATE TABLE quote (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        n INTEGER NOT NULL,
                        speaker TEXT,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        cue TEXT,
                        via TEXT NOT NULL,              -- JSON array of entity ids
                        PRIMARY KEY (article_id, n)
                    ) WITHOUT ROWID;
                    CREATE INDEX quote_by_speaker ON quote(speaker);

                    CREATE TABLE event (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        n INTEGER NOT NULL,
                        plover TEXT,
                        mode TEXT,
                        cameo TEXT NOT NULL,
                        source TEXT NOT NULL,           -- JSON array of entity ids
                        target TEXT NOT NULL,           -- JSON array of entity ids
                        date TEXT,
                        precision TEXT,
                        context TEXT NOT NULL,          -- JSON array
                        location TEXT,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        evidence TEXT NOT NULL,
                        PRIMARY KEY (article_id, n)
                    ) WITHOUT ROWID;
                    CREATE INDEX event_by_plover ON event(plover);

                    CREATE TABLE event_actor (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        n INTEGER NOT NULL,
                        role TEXT NOT NULL,             -- 'source' | 'target'
                        entity_id TEXT NOT NULL
                    );
                    CREATE INDEX event_actor_by_entity ON event_actor(entity_id, role);
                    CREATE INDEX event_actor_by_article ON event_actor(article_id);

                    CREATE TABLE agency (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        agency_id TEXT NOT NULL,
                        name_ar TEXT NOT NULL,
                        PRIMARY KEY (article_id, agency_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX agency_by_id ON agency(agency_id);

                    -- Search terms (MarsadText normalised + stemmed, space separated), one row per
                    -- article, rowid = article.id.
                    CREATE VIRTUAL TABLE article_fts USING fts5(terms, tokenize = 'ascii');
                    """)
        }
        return m
    }()
}
