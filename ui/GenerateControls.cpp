#include "ui/GenerateControls.h"

#include "ui/WholeChoiceTip.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>

namespace soundalike {

namespace {

// The length box counts songs or minutes.
enum class LengthUnit
{
    Songs,
    Minutes
};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

GenerateControls::GenerateControls(QWidget* parent)
    : QWidget(parent), m_length(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_artistGap(new QSpinBox(this)), m_artistGapUnit(new QLabel(this)),
      m_diversity(new QSlider(Qt::Horizontal, this)), m_order(new QComboBox(this)),
      m_generate(new QPushButton(this))
{
    m_length->setRange(1, 500);
    m_length->setToolTip(tr("How long the playlist is"));
    m_unit->addItem(QString(), int(LengthUnit::Songs));
    m_unit->addItem(QString(), int(LengthUnit::Minutes));
    m_artistGap->setRange(0, 20);
    // Short: a spin box is as wide as its longest text, in a row that is already tight in Russian.
    m_artistGap->setSpecialValueText(tr("off"));
    m_artistGap->setToolTip(tr("No artist twice within this many songs in a row: 2 keeps one artist's songs "
                               "apart, 5 puts four others between them"));
    // 1 limits nothing, as 0 does, and reads as if it kept one song between: the arrows step over it. Typed
    // numbers count once complete, or the "1" of "12" would jump.
    m_artistGap->setKeyboardTracking(false);
    connect(m_artistGap, &QSpinBox::valueChanged, this, [this](int value) {
        if (value == 1)
            m_artistGap->setValue(m_shownGap >= 2 ? 0 : 2);
        m_shownGap = m_artistGap->value();
    });
    m_diversity->setRange(0, 100);
    m_diversity->setToolTip(tr("Left: only the closest matches. Right: more variety around the seeds."));
    m_order->addItem(tr("Most similar first"), int(PlaylistOrder::Similar));
    m_order->addItem(tr("Smooth flow"), int(PlaylistOrder::Smooth));
    m_order->addItem(tr("Path from the first seed to the last"), int(PlaylistOrder::Path));
    m_generate->setObjectName(QStringLiteral("generate"));
    m_length->setObjectName(QStringLiteral("length"));
    m_artistGap->setObjectName(QStringLiteral("artistGap"));
    m_order->setObjectName(QStringLiteral("order"));
    // Its longest entry ("Путь от первого образца к последнему") set the window's least width past a 1280-px
    // screen in Russian: the box may be narrower than its entries, whose list still shows them whole.
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(14);
    tipWholeChoice(*m_order);
    // Reached by Tab, not taken by a click: Space after choosing with the mouse still plays or pauses.
    m_order->setFocusPolicy(Qt::TabFocus);
    m_unit->setFocusPolicy(Qt::TabFocus);
    m_generate->setDefault(true);
    m_generate->setIcon(QIcon::fromTheme(QStringLiteral("media-playlist-shuffle")));
    m_generate->setMinimumHeight(m_generate->sizeHint().height() * 3 / 2);
    // As wide as its longest text (in Russian "Сгенерировать заново"), so that the text is never clipped and
    // the layout does not jump when it changes.
    int width = 120;
    for (const QString& text : buttonTexts()) {
        m_generate->setText(text);
        width = std::max(width, m_generate->sizeHint().width());
    }
    m_generate->setMinimumWidth(width);
    connect(m_generate, &QPushButton::clicked, this, &GenerateControls::generateRequested);
    connect(m_order, &QComboBox::currentIndexChanged, this, &GenerateControls::updateButton);
    connect(m_length, &QSpinBox::valueChanged, this, &GenerateControls::updateUnits);
    connect(m_artistGap, &QSpinBox::valueChanged, this, &GenerateControls::updateUnits);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(buddyLabel(tr("Le&ngth"), m_length, this), 0, 0);
    auto* length = new QHBoxLayout;
    length->addWidget(m_length);
    length->addWidget(m_unit);
    grid->addLayout(length, 0, 1);
    grid->addWidget(buddyLabel(tr("&Order"), m_order, this), 0, 2);
    grid->addWidget(m_order, 0, 3);
    grid->addWidget(buddyLabel(tr("Artist &gap"), m_artistGap, this), 1, 0);
    auto* gap = new QHBoxLayout;
    gap->addWidget(m_artistGap);
    gap->addWidget(m_artistGapUnit);
    gap->addStretch();
    grid->addLayout(gap, 1, 1);
    grid->addWidget(buddyLabel(tr("&Variety"), m_diversity, this), 1, 2);
    grid->addWidget(m_diversity, 1, 3);
    grid->addWidget(m_generate, 0, 4, 2, 1);
    grid->setColumnStretch(3, 1);
    // Tab goes as one reads the controls, row by row, then to the button they are for.
    setTabOrder(m_length, m_unit);
    setTabOrder(m_unit, m_order);
    setTabOrder(m_order, m_artistGap);
    setTabOrder(m_artistGap, m_diversity);
    setTabOrder(m_diversity, m_generate);
    PlaylistRequest defaults;
    defaults.order = PlaylistOrder::Smooth;
    setOptions(defaults);
    updateUnits();
}

PlaylistRequest GenerateControls::options() const
{
    PlaylistRequest r;
    const bool minutes = LengthUnit(m_unit->currentData().toInt()) == LengthUnit::Minutes;
    r.count = minutes ? 0 : m_length->value();
    r.minutes = minutes ? m_length->value() : 0;
    r.artistGap = m_artistGap->value();
    r.diversity = m_diversity->value() / 100.0;
    r.order = PlaylistOrder(m_order->currentData().toInt());
    return r;
}

void GenerateControls::setOptions(const PlaylistRequest& r)
{
    const bool minutes = r.count == 0 && r.minutes > 0;
    m_unit->setCurrentIndex(m_unit->findData(int(minutes ? LengthUnit::Minutes : LengthUnit::Songs)));
    m_length->setValue(minutes ? r.minutes : r.count);
    m_artistGap->setValue(r.artistGap);
    m_diversity->setValue(qRound(r.diversity * 100));
    m_order->setCurrentIndex(m_order->findData(int(r.order)));
}

void GenerateControls::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void GenerateControls::setSeedCount(int seeds)
{
    m_seeds = seeds;
    updateButton();
}

void GenerateControls::setRegenerates(bool regenerate)
{
    m_regenerate = regenerate;
    updateButton();
}

void GenerateControls::updateButton()
{
    // A path runs from the first seed to the last: with fewer than two its entry is greyed out, and if it is
    // the order chosen (restored, or seeds removed since), the button says what is missing instead of
    // failing.
    const bool pathWithoutEnds = options().order == PlaylistOrder::Path && m_seeds < 2;
    const QString needsTwo = tr("A path needs two seeds: where it starts and where it ends");
    if (auto* model = qobject_cast<QStandardItemModel*>(m_order->model())) {
        QStandardItem* path = model->item(m_order->findData(int(PlaylistOrder::Path)));
        path->setEnabled(m_seeds >= 2);
        path->setToolTip(m_seeds >= 2 ? QString() : needsTwo);
    }
    m_generate->setText(buttonTexts()[m_busy ? 2 : m_regenerate ? 1 : 0]);
    m_generate->setEnabled(!m_busy && m_seeds > 0 && !pathWithoutEnds);
    m_generate->setToolTip(m_seeds == 0 ? tr("Add at least one seed first")
                           : pathWithoutEnds
                               ? tr("A path needs two seeds: add another, or choose another order")
                               : tr("Make a playlist of songs like the seeds (Ctrl+G)"));
}

QStringList GenerateControls::buttonTexts()
{
    return {tr("Generate"), tr("Regenerate"), tr("Generating…")};
}

// The unit words agree with the numbers before them: "1 song", "5 songs"; in Russian "1 трек", "3 трека".
void GenerateControls::updateUnits()
{
    m_unit->setItemText(m_unit->findData(int(LengthUnit::Songs)), tr("song(s)", nullptr, m_length->value()));
    m_unit->setItemText(m_unit->findData(int(LengthUnit::Minutes)),
                        tr("minute(s)", nullptr, m_length->value()));
    m_artistGapUnit->setText(tr("song(s)", nullptr, m_artistGap->value()));
    m_artistGapUnit->setVisible(m_artistGap->value() > 0);
}

} // namespace soundalike
