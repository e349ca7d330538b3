#include "migrations.h"

namespace Sspr::Store {

namespace {
using namespace Qt::StringLiterals;

QList<Migration> build()
{
    QList<Migration> list;

    list.append({1, u"Initial schema"_s,
                 {
                     // Key/value facts about the file itself: application, schema version, creation.
                     u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,

                     // One row: which tenant this profile mirrors. kind is 'local' (demo/offline) or 'graph'.
                     uR"(CREATE TABLE tenant (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        name TEXT NOT NULL,
                        domain TEXT NOT NULL,
                        tenant_id TEXT,
                        kind TEXT NOT NULL CHECK (kind IN ('local', 'graph')),
                        cloud TEXT NOT NULL DEFAULT 'global',
                        created_at TEXT NOT NULL))"_s,

                     uR"(CREATE TABLE groups (
                        gid INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        display_name TEXT NOT NULL,
                        description TEXT NOT NULL DEFAULT '',
                        mail_nickname TEXT NOT NULL DEFAULT '',
                        security_enabled INTEGER NOT NULL DEFAULT 1,
                        mail_enabled INTEGER NOT NULL DEFAULT 0,
                        created_at TEXT))"_s,
                     u"CREATE INDEX groups_by_name ON groups (display_name COLLATE NOCASE)"_s,

                     // uid is the stable key every other table references. sort_key orders users by
                     // (display name, UPN) with gaps, and is the rowid of users_fts, so that a search returns
                     // its matches already in name order and can stop after the first page.
                     uR"(CREATE TABLE users (
                        uid INTEGER PRIMARY KEY,
                        id TEXT NOT NULL,
                        sort_key INTEGER NOT NULL,
                        upn TEXT NOT NULL COLLATE NOCASE,
                        display_name TEXT NOT NULL,
                        given_name TEXT NOT NULL DEFAULT '',
                        surname TEXT NOT NULL DEFAULT '',
                        mail TEXT NOT NULL DEFAULT '',
                        mobile_phone TEXT NOT NULL DEFAULT '',
                        business_phones TEXT NOT NULL DEFAULT '',
                        other_mails TEXT NOT NULL DEFAULT '',
                        usage_location TEXT NOT NULL DEFAULT '',
                        country TEXT NOT NULL DEFAULT '',
                        department TEXT NOT NULL DEFAULT '',
                        job_title TEXT NOT NULL DEFAULT '',
                        account_enabled INTEGER NOT NULL DEFAULT 1,
                        on_prem_sync INTEGER NOT NULL DEFAULT 0,
                        user_type TEXT NOT NULL DEFAULT 'Member',
                        admin_roles TEXT NOT NULL DEFAULT '',
                        method_mask INTEGER NOT NULL DEFAULT 0))"_s,
                     // Indexes are separate statements (not column constraints) so that a bulk load can drop
                     // and rebuild them, which is several times faster than maintaining them row by row.
                     u"CREATE UNIQUE INDEX users_by_id ON users (id)"_s,
                     u"CREATE UNIQUE INDEX users_by_sort_key ON users (sort_key)"_s,
                     u"CREATE UNIQUE INDEX users_by_upn ON users (upn COLLATE NOCASE)"_s,
                     u"CREATE INDEX users_by_name ON users (display_name COLLATE NOCASE, upn)"_s,

                     // Search indexes, both keyed by users.sort_key. users_fts holds the words of the display name
                     // and of the UPN and mail local parts, with prefix indexes for search as you type.
                     // users_phone_fts holds every suffix (4 digits or more) of each phone number's digits, so any
                     // run of digits finds a number whatever its formatting; no prefix index is needed there.
                     // detail=none keeps both small: we only ever ask "which rows hold these tokens".
                     uR"(CREATE VIRTUAL TABLE users_fts USING fts5(
                        terms, prefix='1 2 3', detail=none, tokenize='unicode61 remove_diacritics 2'))"_s,
                     uR"(CREATE VIRTUAL TABLE users_phone_fts USING fts5(
                        digits, detail=none, tokenize='unicode61'))"_s,

                     uR"(CREATE TABLE group_members (
                        gid INTEGER NOT NULL REFERENCES groups (gid) ON DELETE CASCADE,
                        uid INTEGER NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
                        PRIMARY KEY (gid, uid)) WITHOUT ROWID)"_s,
                     u"CREATE INDEX group_members_by_user ON group_members (uid)"_s,
                     uR"(CREATE TABLE group_nesting (
                        parent_gid INTEGER NOT NULL REFERENCES groups (gid) ON DELETE CASCADE,
                        child_gid INTEGER NOT NULL REFERENCES groups (gid) ON DELETE CASCADE,
                        PRIMARY KEY (parent_gid, child_gid)) WITHOUT ROWID)"_s,

                     // Registered authentication methods. phone_digits (digits only, extension dropped) finds
                     // numbers shared between accounts.
                     uR"(CREATE TABLE user_methods (
                        mid INTEGER PRIMARY KEY,
                        uid INTEGER NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
                        id TEXT NOT NULL,
                        type TEXT NOT NULL,
                        value TEXT NOT NULL DEFAULT '',
                        phone_digits TEXT,
                        detail TEXT NOT NULL DEFAULT '',
                        created_at TEXT,
                        usable INTEGER NOT NULL DEFAULT 1,
                        unusable_reason TEXT NOT NULL DEFAULT ''))"_s,
                     u"CREATE UNIQUE INDEX user_methods_by_user ON user_methods (uid, id)"_s,
                     u"CREATE INDEX user_methods_by_phone ON user_methods (phone_digits) WHERE phone_digits IS NOT NULL"_s,

                     // The Password reset blade (one row) and its security-question pool.
                     uR"(CREATE TABLE sspr_policy (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        enablement INTEGER NOT NULL DEFAULT 0 CHECK (enablement IN (0, 1, 2)),
                        group_id TEXT,
                        methods_required INTEGER NOT NULL DEFAULT 1 CHECK (methods_required IN (1, 2)),
                        mobile_app_notification INTEGER NOT NULL DEFAULT 0,
                        mobile_app_code INTEGER NOT NULL DEFAULT 0,
                        email INTEGER NOT NULL DEFAULT 1,
                        mobile_phone INTEGER NOT NULL DEFAULT 1,
                        office_phone INTEGER NOT NULL DEFAULT 0,
                        security_questions INTEGER NOT NULL DEFAULT 0,
                        questions_to_register INTEGER NOT NULL DEFAULT 3,
                        questions_to_reset INTEGER NOT NULL DEFAULT 3,
                        registration_required INTEGER NOT NULL DEFAULT 1,
                        reconfirm_days INTEGER NOT NULL DEFAULT 180,
                        notify_users INTEGER NOT NULL DEFAULT 1,
                        notify_admins INTEGER NOT NULL DEFAULT 0,
                        customize_helpdesk_link INTEGER NOT NULL DEFAULT 0,
                        helpdesk_email_or_url TEXT NOT NULL DEFAULT '',
                        writeback_enabled INTEGER NOT NULL DEFAULT 0,
                        writeback_cloud_sync INTEGER NOT NULL DEFAULT 0,
                        unlock_without_reset INTEGER NOT NULL DEFAULT 0,
                        allowed_to_use_sspr INTEGER NOT NULL DEFAULT 1,
                        updated_at TEXT))"_s,
                     uR"(CREATE TABLE security_questions (
                        position INTEGER PRIMARY KEY,
                        custom INTEGER NOT NULL,
                        question_key TEXT NOT NULL DEFAULT '',
                        text TEXT NOT NULL))"_s,

                     // The unified Authentication methods policy: one row of tenant-wide settings, one row per
                     // method configuration (settings as Graph JSON), and include/exclude targets.
                     uR"(CREATE TABLE auth_methods_policy (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        migration_state TEXT NOT NULL DEFAULT 'preMigration',
                        campaign_state TEXT NOT NULL DEFAULT 'default',
                        campaign_snooze_days INTEGER NOT NULL DEFAULT 1,
                        campaign_limited_snoozes INTEGER NOT NULL DEFAULT 1,
                        campaign_target_method TEXT NOT NULL DEFAULT 'microsoftAuthenticator',
                        etag TEXT,
                        updated_at TEXT))"_s,
                     uR"(CREATE TABLE method_configurations (
                        id TEXT PRIMARY KEY,
                        state TEXT NOT NULL CHECK (state IN ('enabled', 'disabled')),
                        settings TEXT NOT NULL DEFAULT '{}'))"_s,
                     uR"(CREATE TABLE method_targets (
                        method_id TEXT NOT NULL REFERENCES method_configurations (id) ON DELETE CASCADE,
                        direction TEXT NOT NULL CHECK (direction IN ('include', 'exclude', 'campaignInclude', 'campaignExclude')),
                        target_id TEXT NOT NULL,
                        target_type TEXT NOT NULL DEFAULT 'group',
                        PRIMARY KEY (method_id, direction, target_id)))"_s,

                     // Tokens handed out by the console: who got one and when. Never the secret.
                     uR"(CREATE TABLE oath_tokens (
                        id INTEGER PRIMARY KEY,
                        uid INTEGER REFERENCES users (uid) ON DELETE SET NULL,
                        upn TEXT NOT NULL,
                        serial TEXT NOT NULL,
                        issuer TEXT NOT NULL,
                        algorithm TEXT NOT NULL DEFAULT 'SHA1',
                        digits INTEGER NOT NULL DEFAULT 6,
                        period INTEGER NOT NULL DEFAULT 30,
                        issued_at TEXT NOT NULL,
                        issued_by TEXT NOT NULL,
                        graph_device_id TEXT))"_s,

                     // Changes bound for the tenant, journaled before they are sent. The key makes a resend after
                     // a crash recognisable.
                     uR"(CREATE TABLE outbox (
                        id INTEGER PRIMARY KEY,
                        idempotency_key TEXT NOT NULL UNIQUE,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        target TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        state TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'sending', 'done', 'failed', 'conflict', 'discarded')),
                        attempts INTEGER NOT NULL DEFAULT 0,
                        last_status INTEGER,
                        last_error TEXT NOT NULL DEFAULT ''))"_s,
                     u"CREATE INDEX outbox_by_state ON outbox (state, id)"_s,

                     uR"(CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        source TEXT NOT NULL,
                        action TEXT NOT NULL,
                        target TEXT NOT NULL DEFAULT '',
                        setting TEXT NOT NULL DEFAULT '',
                        old_value TEXT NOT NULL DEFAULT '',
                        new_value TEXT NOT NULL DEFAULT ''))"_s,
                     u"CREATE INDEX audit_log_by_time ON audit_log (at)"_s,

                     uR"(CREATE TABLE sync_state (
                        resource TEXT PRIMARY KEY,
                        delta_link TEXT,
                        next_link TEXT,
                        last_full_sync TEXT,
                        last_sync TEXT))"_s,
                 }});

    list.append({2, u"Unified policy round trip"_s,
                 {
                     // Per-target settings of the unified policy (isRegistrationRequired, isUsableForSignIn,
                     // authenticationMode, targetedAuthenticationMethod and unmodelled fields) as Graph JSON.
                     u"ALTER TABLE method_targets ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'"_s,
                     // The rest of authenticationMethodsPolicy that has no column (display name, version,
                     // reconfirmationInDays, unmodelled members) as Graph JSON, so a read-modify-write loses nothing.
                     u"ALTER TABLE auth_methods_policy ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'"_s,
                 }});

    list.append({3, u"Covering index for whole-tenant scans"_s,
                 {
                     // The impact preview reads these columns for every user; from this narrow index instead of
                     // the wide rows it touches a tenth of the pages.
                     u"CREATE INDEX users_facts ON users (uid, method_mask, account_enabled, on_prem_sync, user_type, "
                     "admin_roles)"_s,
                 }});

    list.append({4, u"Bulk import journal"_s,
                 {
                     // One row per import run: what was imported, how, by whom, and how far it got. source_hash
                     // (SHA-256 of the file's bytes) lets an import of the same file find its unfinished run.
                     uR"(CREATE TABLE import_runs (
                        id INTEGER PRIMARY KEY,
                        run_key TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL CHECK (kind IN ('phones', 'emails')),
                        source_name TEXT NOT NULL,
                        source_hash TEXT NOT NULL,
                        options TEXT NOT NULL DEFAULT '{}',
                        backend TEXT NOT NULL DEFAULT 'local',
                        state TEXT NOT NULL DEFAULT 'running'
                            CHECK (state IN ('running', 'paused', 'cancelled', 'completed')),
                        actor TEXT NOT NULL,
                        origin TEXT NOT NULL,
                        total_rows INTEGER NOT NULL DEFAULT 0,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        finished_at TEXT))"_s,
                     u"CREATE INDEX import_runs_by_source ON import_runs (source_hash, state)"_s,

                     // Every row of the plan, in plan order (seq). A row to apply is 'pending'; the change and the
                     // row's new state are committed in one transaction, so a run killed at any point resumes at
                     // the first pending row and applies nothing twice.
                     uR"(CREATE TABLE import_rows (
                        run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
                        seq INTEGER NOT NULL,
                        line INTEGER NOT NULL,
                        upn TEXT NOT NULL,
                        uid INTEGER,
                        method_type TEXT NOT NULL DEFAULT '',
                        typed TEXT NOT NULL DEFAULT '',
                        value TEXT NOT NULL DEFAULT '',
                        old_value TEXT NOT NULL DEFAULT '',
                        row_class TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('none', 'add', 'update')),
                        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'skipped', 'failed', 'queued')),
                        outcome TEXT NOT NULL DEFAULT '',
                        message TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (run_id, seq)) WITHOUT ROWID)"_s,
                     u"CREATE INDEX import_rows_pending ON import_rows (run_id, seq) WHERE state = 'pending'"_s,
                 }});

    list.append({5, u"Graph sync state"_s,
                 {
                     // Mark and sweep: a full sync round marks what it sees with its generation and, once complete,
                     // removes what is unmarked (gone from the server). Memberships are marked too, so a group's
                     // member list never shrinks while a round is still reading it.
                     u"ALTER TABLE users ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE groups ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE group_members ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE group_nesting ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0"_s,
                     // When the user's methods were last read from Graph (NULL: never; method_mask then comes from
                     // the registration report), and the report's methodsRegistered ('\n'-separated).
                     u"ALTER TABLE users ADD COLUMN methods_synced_at TEXT"_s,
                     u"ALTER TABLE users ADD COLUMN registered_methods TEXT NOT NULL DEFAULT ''"_s,
                     // The open round of a resource ('full' or 'delta', NULL when none), its generation and how many
                     // items it has written; next_link is committed with each page, so a sync resumes there.
                     u"ALTER TABLE sync_state ADD COLUMN round TEXT CHECK (round IN ('full', 'delta'))"_s,
                     u"ALTER TABLE sync_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0"_s,
                     u"ALTER TABLE sync_state ADD COLUMN items INTEGER NOT NULL DEFAULT 0"_s,
                     // Members a group lists before the users round has brought them (created in between).
                     uR"(CREATE TABLE sync_pending_members (
                        gid INTEGER NOT NULL REFERENCES groups (gid) ON DELETE CASCADE,
                        member_id TEXT NOT NULL,
                        sync_gen INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (gid, member_id)) WITHOUT ROWID)"_s,
                 }});

    list.append({6, u"Outbox by target"_s,
                 {
                     // The worker sends one object's changes in order (is an older item of this target still
                     // unsent?) and the user page asks for a user's open items: both look items up by target.
                     u"CREATE INDEX outbox_by_target ON outbox (target, state, id)"_s,
                 }});
    return list;
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = build();
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace Sspr::Store
