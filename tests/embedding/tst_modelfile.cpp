#include "core/embedding/ModelFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

// The model file's container: whatever is damaged in it, nothing of it reaches libtorch.
class TestModelFile : public QObject
{
    Q_OBJECT

    const QByteArray m_archive = QByteArray("PK\x03\x04 a libtorch archive, as far as the container cares");

    static QString unsealError(const QByteArray& file)
    {
        QString error;
        return ModelFile::unseal(file, &error) ? QString() : error;
    }

private slots:
    void sealedArchivesComeBackUnchanged()
    {
        for (const QByteArray& archive : {m_archive, QByteArray(), QByteArray(100000, '\0')}) {
            QString error;
            const auto unsealed = ModelFile::unseal(ModelFile::seal(archive), &error);
            QVERIFY2(unsealed, qPrintable(error));
            QCOMPARE(*unsealed, archive);
        }
    }

    void everyDamagedByteIsNoticed()
    {
        const QByteArray sealed = ModelFile::seal(m_archive);
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray damaged = sealed;
            damaged[i] = char(damaged[i] ^ 0x20);
            QVERIFY2(!unsealError(damaged).isEmpty(), qPrintable(QString::number(i)));
        }
        QVERIFY(unsealError(sealed.chopped(1)).contains(QLatin1String("checksum mismatch")));
        QVERIFY(unsealError(sealed + 'x').contains(QLatin1String("checksum mismatch")));
    }

    void foreignFilesAreNamedAsSuch()
    {
        QCOMPARE(unsealError(QByteArray()), QStringLiteral("not a Soundalike model file"));
        QCOMPARE(unsealError(m_archive), QStringLiteral("not a Soundalike model file"));
        QCOMPARE(unsealError(ModelFile::seal(m_archive).left(20)),
                 QStringLiteral("not a Soundalike model file"));
        QByteArray otherVersion = ModelFile::seal(m_archive);
        otherVersion[8] = char(ModelFile::kFormatVersion + 1);
        QCOMPARE(unsealError(otherVersion), QStringLiteral("unsupported model format version"));
    }

    void readsFilesWithALimit()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ModelFile::read(dir.filePath(QStringLiteral("missing.pt")), &error));
        QCOMPARE(error, QStringLiteral("no such file"));

        const QString path = dir.filePath(QStringLiteral("model.pt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(ModelFile::seal(m_archive)) > 0);
        file.close();
        const auto read = ModelFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, m_archive);

        QVERIFY(file.resize(ModelFile::kMaxBytes + 1));
        QVERIFY(!ModelFile::read(path, &error));
        QCOMPARE(error, QStringLiteral("the file is too large to be a model"));
    }
};

QTEST_MAIN(TestModelFile)
#include "tst_modelfile.moc"
