// SPDX-License-Identifier: MIT
// Intervals: closed (entre, de … à, du … au, X-Y), open (depuis, à partir de, jusqu'à, d'ici), avant/après.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: closed intervals") {
  CHECK(dates("Entre septembre 2023 et mars 2025, Pyongyang a livré des millions d'obus.") ==
        strings{"Entre septembre 2023 et mars 2025|DATE|null|from=2023-09|to=2025-03"});
  CHECK(dates("Les pertes ont augmenté de janvier à mars.") ==
        strings{"de janvier à mars|DATE|2025|from=2025-01|to=2025-03"});
  CHECK(dates("Le festival se tiendra du 13 au 15 juillet.") ==
        strings{"du 13 au 15 juillet|DATE|2025-07|from=2025-07-13|to=2025-07-15"});
  CHECK(dates("Grève reconduite les 13-15 juillet dans les transports.") ==
        strings{"13-15 juillet|DATE|2025-07|from=2025-07-13|to=2025-07-15"});
  CHECK(dates("La guerre de Corée (1950-1953) a fait des millions de morts.") ==
        strings{"1950-1953|DATE|null|from=1950|to=1953"});
  CHECK(dates("Il a dirigé le pays de 2014 à 2018.") == strings{"de 2014 à 2018|DATE|null|from=2014|to=2018"});
  CHECK(dates("Le salon se tient du 18 novembre au 19 décembre 2024.") ==
        strings{"du 18 novembre au 19 décembre 2024|DATE|2024|from=2024-11-18|to=2024-12-19"});
  CHECK(dates("La mission a duré de novembre à février 2017.", "2016-05-01") ==
        strings{"de novembre à février 2017|DATE|null|from=2016-11|to=2017-02"});
  CHECK(dates("Les troupes resteront entre le 2 et le 7 février 2026.") ==
        strings{"entre le 2 et le 7 février 2026|DATE|2026-02|from=2026-02-02|to=2026-02-07"});
}

TEST_CASE("dates: open intervals") {
  CHECK(dates("Kiev dénonçait ces envois depuis octobre 2024.") == strings{"depuis octobre 2024|DATE|null|from=2024-10"});
  CHECK(dates("La capacité de mobilisation s'affaiblit depuis fin 2023.") ==
        strings{"depuis fin 2023|DATE|null|mod=END|from=2023"});
  CHECK(dates("Le contrat est prolongé jusqu'en 2026.") == strings{"jusqu'en 2026|DATE|null|to=2026"});
  CHECK(dates("Les frontières restent fermées jusqu'au 15 mai.") == strings{"jusqu'au 15 mai|DATE|null|to=2025-05-15"});
  CHECK(dates("Le couvre-feu s'applique à partir du 8 mars.") ==
        strings{"à partir du 8 mars|DATE|null|from=2025-03-08"});
  CHECK(dates("Les visas seront exigés dès janvier 2026.") == strings{"dès janvier 2026|DATE|null|from=2026-01"});
  CHECK(dates("L'armée est déployée depuis le début de l'année.") ==
        strings{"depuis le début de l'année|DATE|null|mod=START|from=2025"});
}

TEST_CASE("dates: before and after") {
  CHECK(dates("Aucun retrait n'est envisagé avant 2030.") == strings{"avant 2030|DATE|2030|mod=BEFORE"});
  CHECK(dates("Le scrutin aura lieu après le 15 septembre.") ==
        strings{"après le 15 septembre|DATE|2025-09-15|mod=AFTER"});
  CHECK(dates("Le texte sera voté au plus tard en 2026.") == strings{"au plus tard en 2026|DATE|2026|mod=ON_OR_BEFORE"});
}

TEST_CASE("dates: ranges counted from the reference date") {
  CHECK(dates("Au cours des deux premiers mois de l'année, 3 000 soldats ont été envoyés.") ==
        strings{"deux premiers mois de l'année|DATE|2025|from=2025-01|to=2025-02"});
  CHECK(dates("Les prix ont grimpé au cours des trois dernières semaines.") ==
        strings{"trois dernières semaines|DATE|null|from=2025-04-10|to=2025-05-01"});
  CHECK(dates("Les deux prochains jours seront décisifs.") ==
        strings{"Les deux prochains jours|DATE|null|from=2025-05-02|to=2025-05-03"});
}
