#pragma once

#include <QtGlobal>

namespace tunnelscope {

// The Wilson score interval of a proportion: where the true rate of something seen in k of n
// runs lies with 95 % confidence. Unlike k/n alone it knows how little three runs say: 1 of 3
// is "6–79 %", 100 of 300 is "28–39 %". Ranking by its lower bound puts what is surely
// frequent before what merely looks frequent.
struct WilsonInterval
{
    double low = 0;
    double high = 1;

    static WilsonInterval of(quint64 k, quint64 n, double z = 1.959964);
};

} // namespace tunnelscope
