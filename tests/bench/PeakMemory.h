// Peak resident memory of this process, in MiB.
#pragma once

double peakMemoryMiB();
