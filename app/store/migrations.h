#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sspr::Store {

struct Migration
{
    int version; // the schema version after this step
    QString description;
    QStringList statements;
};

// Ordered steps from an empty file to the current schema. Never edit a released step: add a new one.
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace Sspr::Store
