#include "core/map/InitialLayout.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace soundalike {

namespace {

// The covariance is estimated from at most this many rows: the two leading axes of 100,000 tracks are
// already pinned down by a tenth of them, at a tenth of the cost.
constexpr std::size_t kCovarianceRows = 20000;
constexpr int kPowerIterations = 200;
constexpr double kNoise = 1e-4; // of the first axis's standard deviation

using Matrix = std::vector<double>; // d × d, row-major

std::vector<double> meanOf(const VectorTable& table)
{
    const std::size_t d = std::size_t(table.dimension());
    std::vector<double> mean(d, 0.0);
    for (std::size_t r = 0; r < table.size(); ++r) {
        const auto v = table.vector(r);
        for (std::size_t i = 0; i < d; ++i)
            mean[i] += v[i];
    }
    for (double& m : mean)
        m /= double(std::max<std::size_t>(1, table.size()));
    return mean;
}

Matrix covarianceOf(const VectorTable& table, const std::vector<double>& mean)
{
    const std::size_t d = mean.size();
    const std::size_t step = std::max<std::size_t>(1, table.size() / kCovarianceRows);
    Matrix c(d * d, 0.0);
    std::vector<double> centred(d);
    for (std::size_t r = 0; r < table.size(); r += step) {
        const auto v = table.vector(r);
        for (std::size_t i = 0; i < d; ++i)
            centred[i] = v[i] - mean[i];
        for (std::size_t i = 0; i < d; ++i) {
            for (std::size_t j = i; j < d; ++j)
                c[i * d + j] += centred[i] * centred[j];
        }
    }
    for (std::size_t i = 0; i < d; ++i) {
        for (std::size_t j = 0; j < i; ++j)
            c[i * d + j] = c[j * d + i];
    }
    return c;
}

void normalise(std::vector<double>& v)
{
    double norm = 0;
    for (double x : v)
        norm += x * x;
    norm = std::sqrt(norm);
    for (double& x : v)
        x = norm > 0 ? x / norm : 0;
}

// The leading eigenvector of a symmetric matrix by power iteration, orthogonal to `against` when given.
std::vector<double> leadingAxis(const Matrix& c, std::size_t d, const std::vector<double>* against)
{
    std::vector<double> v(d), next(d);
    for (std::size_t i = 0; i < d; ++i)
        v[i] = 1.0 + double(i % 7) / 7.0; // any start not orthogonal to the answer
    for (int it = 0; it < kPowerIterations; ++it) {
        if (against) {
            double dot = 0;
            for (std::size_t i = 0; i < d; ++i)
                dot += v[i] * (*against)[i];
            for (std::size_t i = 0; i < d; ++i)
                v[i] -= dot * (*against)[i];
        }
        normalise(v);
        for (std::size_t i = 0; i < d; ++i) {
            double sum = 0;
            for (std::size_t j = 0; j < d; ++j)
                sum += c[i * d + j] * v[j];
            next[i] = sum;
        }
        std::swap(v, next);
    }
    normalise(v);
    return v;
}

double spreadOf(const std::vector<float>& xy)
{
    double sum = 0, squares = 0;
    const double n = double(xy.size() / 2);
    for (std::size_t i = 0; i < xy.size(); i += 2) {
        sum += xy[i];
        squares += double(xy[i]) * xy[i];
    }
    return std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
}

} // namespace

std::vector<float> principalPlane(const VectorTable& table, std::uint64_t seed)
{
    const std::size_t d = std::size_t(table.dimension());
    const std::vector<double> mean = meanOf(table);
    const Matrix c = covarianceOf(table, mean);
    const std::vector<double> first = leadingAxis(c, d, nullptr);
    const std::vector<double> second = leadingAxis(c, d, &first);

    // mt19937_64's output is fixed by the standard, so the same seed gives the same map everywhere.
    std::mt19937_64 random(seed);
    std::vector<float> xy(table.size() * 2);
    for (std::size_t r = 0; r < table.size(); ++r) {
        const auto v = table.vector(r);
        double x = 0, y = 0;
        for (std::size_t i = 0; i < d; ++i) {
            x += (v[i] - mean[i]) * first[i];
            y += (v[i] - mean[i]) * second[i];
        }
        xy[2 * r] = float(x);
        xy[2 * r + 1] = float(y);
    }
    const double noise = kNoise * std::max(spreadOf(xy), 1e-6);
    for (float& value : xy)
        value += float(noise * (double(random() >> 11) * 0x1.0p-53 - 0.5));
    return xy;
}

} // namespace soundalike
