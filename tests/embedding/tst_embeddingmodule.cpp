#include "core/embedding/EmbeddingModule.h"

#include <QTest>

using namespace soundalike;

class TestEmbeddingModule : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheLibtorchModule()
    {
        QString error;
        const auto backend = EmbeddingModule::load(&error);
        QVERIFY2(backend, qPrintable(error));
        QVERIFY(backend->runtimeVersion().startsWith(QLatin1String("1.")));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingModule)
#include "tst_embeddingmodule.moc"
