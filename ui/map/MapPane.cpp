#include "ui/map/MapPane.h"

#include "ui/ElidedLabel.h"
#include "ui/WholeChoiceTip.h"
#include "ui/map/MapView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace soundalike {

namespace {

enum ColourChoice
{
    Genre,
    Tempo,
    Decade,
    Artist,
    PlayedRecently
};

// The choices as the settings keep them, in ColourChoice's order: by name, so that a stored choice survives
// a change of the box's order.
constexpr std::array<const char*, 5> kChoiceNames = {"genre", "tempo", "decade", "artist", "played"};

TagColouring::Field tagOf(int choice)
{
    return choice == Decade   ? TagColouring::Field::Decade
           : choice == Artist ? TagColouring::Field::Artist
                              : TagColouring::Field::Genre;
}

} // namespace

MapPane::MapPane(QWidget* parent) : QWidget(parent), m_view(new MapView(this))
{
    m_colourBy = new QComboBox(this);
    m_colourBy->addItem(tr("Genre"), Genre);
    m_colourBy->addItem(tr("Tempo"), Tempo);
    m_colourBy->addItem(tr("Decade"), Decade);
    m_colourBy->addItem(tr("Artist"), Artist);
    m_colourBy->addItem(tr("Played recently"), PlayedRecently);
    // Nothing to colour by until the window hands the pane its play history (setPlayHistory).
    if (auto* model = qobject_cast<QStandardItemModel*>(m_colourBy->model()))
        model->item(PlayedRecently)->setEnabled(false);
    // Narrower than "Воспроизведённые недавно" where the pane is narrow; the list shows the entries whole.
    m_colourBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_colourBy->setMinimumContentsLength(10);
    tipWholeChoice(*m_colourBy);
    m_colourBy->setFocusPolicy(Qt::TabFocus); // Space after a choice by mouse still plays or pauses
    auto* colourLabel = new QLabel(tr("Colour by:"), this);
    colourLabel->setBuddy(m_colourBy);

    m_lasso = new QToolButton(this);
    m_lasso->setText(tr("Lasso"));
    m_lasso->setCheckable(true);
    m_lasso->setToolTip(tr("Drag around tracks to make them seeds (or drag with Shift held)"));
    auto* whole = new QToolButton(this);
    whole->setText(tr("Whole map"));
    whole->setToolTip(tr("Show the whole map (0 or Home)"));
    // Elided: a long stage name (Russian) in a plain label widened the map's minimum, and with it the window
    // past the screen while a layout ran.
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* bar = new QHBoxLayout;
    bar->addWidget(colourLabel);
    bar->addWidget(m_colourBy);
    bar->addWidget(m_lasso);
    bar->addWidget(whole);
    bar->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &MapPane::applyColouring);
    // Only a choice of the listener's own outlives a change of library (and a restart); until then the
    // library's tags choose.
    connect(m_colourBy, &QComboBox::activated, this, [this] {
        m_chosen = m_colourBy->currentData().toInt();
        emit colouringChosen(QString::fromLatin1(kChoiceNames[std::size_t(m_chosen)]));
    });
    connect(m_lasso, &QToolButton::toggled, m_view, &MapView::setLassoMode);
    connect(whole, &QToolButton::clicked, m_view, &MapView::showAll);
}

void MapPane::setCatalog(std::shared_ptr<const TrackCatalog> catalog)
{
    m_catalog = std::move(catalog);
    m_view->setCatalog(m_catalog);
    pickColouring();
    applyColouring();
}

void MapPane::setChosenColouring(const QString& name)
{
    const auto found = std::find_if(kChoiceNames.begin(), kChoiceNames.end(),
                                    [&name](const char* choice) { return name == QLatin1String(choice); });
    m_chosen = found == kChoiceNames.end() ? -1 : int(found - kChoiceNames.begin());
    pickColouring();
    applyColouring();
}

void MapPane::pickColouring()
{
    // A choice with nothing to show in this library (no such tags, no play history) would paint the map one
    // grey: the library's tags choose instead, and the choice comes back when it has something to show.
    const int choice = m_chosen >= 0 && showsAnything(m_chosen)   ? m_chosen
                       : m_catalog && genresColourMap(*m_catalog) ? Genre
                                                                  : Tempo;
    const QSignalBlocker blocker(m_colourBy);
    m_colourBy->setCurrentIndex(m_colourBy->findData(choice));
}

bool MapPane::showsAnything(int choice) const
{
    switch (choice) {
    case Tempo:
        return true; // every analysed track has one
    case PlayedRecently:
        return bool(m_lastPlayed);
    default:
        return TagColouring(tagOf(choice), m_catalog).showsAnything();
    }
}

void MapPane::setPlayHistory(RecentPlayColouring::LastPlayed lastPlayed)
{
    m_lastPlayed = std::move(lastPlayed);
    if (auto* model = qobject_cast<QStandardItemModel*>(m_colourBy->model()))
        model->item(PlayedRecently)->setEnabled(bool(m_lastPlayed));
    pickColouring();
    applyColouring();
}

void MapPane::playHistoryChanged()
{
    if (m_colourBy->currentData().toInt() == PlayedRecently)
        applyColouring();
}

void MapPane::applyColouring()
{
    const int choice = m_colourBy->currentData().toInt();
    if (choice == PlayedRecently && m_lastPlayed) {
        m_view->setColouring(
            std::make_unique<RecentPlayColouring>(m_lastPlayed, QDateTime::currentDateTime()));
        return;
    }
    if (choice == Tempo) {
        m_view->setColouring(std::make_unique<TempoColouring>());
        return;
    }
    m_view->setColouring(std::make_unique<TagColouring>(tagOf(choice), m_catalog));
}

void MapPane::showProgress(const MapProgress& progress)
{
    QString stage;
    switch (progress.stage) {
    case MapProgress::Stage::Loading:
        stage = tr("Loading the map");
        break;
    case MapProgress::Stage::Neighbours:
    case MapProgress::Stage::Layout:
        stage = tr("Laying out the map");
        break;
    case MapProgress::Stage::Placing:
        stage = tr("Placing new tracks");
        break;
    case MapProgress::Stage::Saving:
        stage = tr("Saving the map");
        break;
    }
    m_status->setFullText(tr("%1: %2 %").arg(stage).arg(int(progress.fraction * 100)));
}

void MapPane::showFailure(const QString& message)
{
    m_status->setFullText(tr("Could not update the map: %1").arg(message));
}

void MapPane::showRunning(bool running)
{
    if (!running)
        m_status->setFullText(QString());
}

} // namespace soundalike
