#pragma once

#include "core/service/PlaylistRequest.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace soundalike {

// Length, artist gap, diversity and order of the next playlist, and the Generate button. Pressing it again
// with the same seeds reads "Regenerate" and asks for a fresh list.
class GenerateControls : public QWidget
{
    Q_OBJECT

public:
    explicit GenerateControls(QWidget* parent = nullptr);

    // The options as set; seeds and random seed are the caller's to fill in.
    PlaylistRequest options() const;
    void setOptions(const PlaylistRequest& request);
    void setBusy(bool busy);
    void setSeedCount(int seeds);
    void setRegenerates(bool regenerate);
    QPushButton* generateButton() const { return m_generate; }

signals:
    void generateRequested();

private:
    void updateButton();
    static QStringList buttonTexts(); // ready, again with the same seeds, busy
    void updateUnits();

    QSpinBox* m_length;
    QComboBox* m_unit;
    QSpinBox* m_artistGap;
    QLabel* m_artistGapUnit;
    int m_shownGap = 5; // the gap shown before the last change (see the constructor)
    QSlider* m_diversity;
    QComboBox* m_order;
    QPushButton* m_generate;
    bool m_busy = false;
    bool m_regenerate = false;
    int m_seeds = 0;
};

} // namespace soundalike
