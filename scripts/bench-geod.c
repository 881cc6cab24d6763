/* The C baseline of scripts/bench: PROJ's geod_inverse over the same points as exile-bench.
 *
 *   cc -O2 -o bench-geod scripts/bench-geod.c -lproj
 *   bench-geod POINTS OUT [N]   POINTS: float64 lat1 lon1 lat2 lon2 ...; OUT: float64 metres
 *
 * Runs N times (5); prints {"run": seconds (the median), "count": n} on stdout. */
#include <geodesic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 3 && argc != 4) { fprintf(stderr, "usage: bench-geod POINTS OUT [N]\n"); return 2; }
    int repeats = argc == 4 ? atoi(argv[3]) : 5;
    if (repeats < 1 || repeats > 99) repeats = 5;
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 2; }
    fseek(in, 0, SEEK_END);
    long bytes = ftell(in);
    fseek(in, 0, SEEK_SET);
    size_t count = (size_t)bytes / (4 * sizeof(double));
    double *points = malloc(count * 4 * sizeof(double));
    double *distances = malloc(count * sizeof(double));
    if (fread(points, sizeof(double), count * 4, in) != count * 4) { fprintf(stderr, "short read\n"); return 2; }
    fclose(in);
    struct geod_geodesic g;
    geod_init(&g, 6378137, 1 / 298.257223563);
    double runs[99];
    for (int r = 0; r < repeats; r++) {
        double start = now();
        for (size_t i = 0; i < count; i++) {
            double s12, azi1, azi2;
            geod_inverse(&g, points[4 * i], points[4 * i + 1], points[4 * i + 2], points[4 * i + 3], &s12, &azi1, &azi2);
            distances[i] = s12;
        }
        runs[r] = now() - start;
    }
    qsort(runs, repeats, sizeof(double), compare);
    FILE *out = fopen(argv[2], "wb");
    if (!out) { perror(argv[2]); return 2; }
    fwrite(distances, sizeof(double), count, out);
    fclose(out);
    printf("{\"run\": %.9f, \"runs\": [", runs[repeats / 2]);
    for (int r = 0; r < repeats; r++) printf("%s%.9f", r ? ", " : "", runs[r]);
    printf("], \"count\": %zu}\n", count);
    return 0;
}
