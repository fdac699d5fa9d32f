// Geolocation micro-benchmarks: loading the compiled gazetteer, looking a
// name up, and locating a sentence.
#include <benchmark/benchmark.h>

#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/geo_data_paths.h"
#include "geo/geolocator.h"
#include "text/tokenizer.h"

namespace {

void BM_GazetteerLoad(benchmark::State& state) {
  const std::string path = khaldun::GazetteerPath();
  for (auto _ : state) {
    khaldun::Result<khaldun::Gazetteer> gazetteer = khaldun::Gazetteer::Load(path);
    if (!gazetteer.ok()) {
      state.SkipWithError(gazetteer.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(gazetteer.value().place_count());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerLookup(benchmark::State& state) {
  khaldun::Result<khaldun::Gazetteer> gazetteer = khaldun::Gazetteer::Load(khaldun::GazetteerPath());
  if (!gazetteer.ok()) {
    state.SkipWithError(gazetteer.status().message().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(gazetteer.value().Lookup("Lashkar Gah"));
}
BENCHMARK(BM_GazetteerLookup);

void BM_GeolocatorLocate(benchmark::State& state) {
  khaldun::Result<khaldun::Gazetteer> gazetteer = khaldun::Gazetteer::Load(khaldun::GazetteerPath());
  if (!gazetteer.ok()) {
    state.SkipWithError(gazetteer.status().message().c_str());
    return;
  }
  constexpr std::string_view kSentence =
      "Abdul Karim, who speaks for the Helmand Farmers' Union, told reporters on Monday that some 40 villagers "
      "had set out on foot early Sunday, marching from Gereshk to Sangin in Helmand province, an area long "
      "held by the Taliban.";
  std::vector<khaldun::Token> tokens;
  khaldun::Tokenize(kSentence, khaldun::Span{0, static_cast<uint32_t>(kSentence.size())}, &tokens);
  const khaldun::Geolocator geolocator(gazetteer.value());
  for (auto _ : state) benchmark::DoNotOptimize(geolocator.Locate(tokens, "ISLAMABAD", "AFG"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GeolocatorLocate);

}  // namespace
