/* The jobs dashboard's dates in Italian: Hangfire bundles moment.js without Italian and formats dates in the
   language of the page, so the Club adds it (ClubJobs, UseDashboardJavaScript). Written for the Club. */
(function (moment) {
    if (!moment || moment.locales().indexOf('it') >= 0) {
        return;
    }

    var current = moment.locale();
    moment.defineLocale('it', {
        months: 'gennaio_febbraio_marzo_aprile_maggio_giugno_luglio_agosto_settembre_ottobre_novembre_dicembre'.split('_'),
        monthsShort: 'gen_feb_mar_apr_mag_giu_lug_ago_set_ott_nov_dic'.split('_'),
        weekdays: 'domenica_lunedì_martedì_mercoledì_giovedì_venerdì_sabato'.split('_'),
        weekdaysShort: 'dom_lun_mar_mer_gio_ven_sab'.split('_'),
        weekdaysMin: 'do_lu_ma_me_gi_ve_sa'.split('_'),
        longDateFormat: {
            LT: 'HH:mm', LTS: 'HH:mm:ss', L: 'DD/MM/YYYY', LL: 'D MMMM YYYY', LLL: 'D MMMM YYYY HH:mm', LLLL: 'dddd D MMMM YYYY HH:mm'
        },
        calendar: {
            sameDay: '[oggi alle] LT', nextDay: '[domani alle] LT', nextWeek: 'dddd [alle] LT',
            lastDay: '[ieri alle] LT', lastWeek: 'dddd [scorso alle] LT', sameElse: 'L'
        },
        relativeTime: {
            future: 'tra %s', past: '%s fa', s: 'pochi secondi', ss: '%d secondi', m: 'un minuto', mm: '%d minuti',
            h: "un'ora", hh: '%d ore', d: 'un giorno', dd: '%d giorni', w: 'una settimana', ww: '%d settimane',
            M: 'un mese', MM: '%d mesi', y: 'un anno', yy: '%d anni'
        },
        dayOfMonthOrdinalParse: /\d{1,2}º/,
        ordinal: '%dº',
        week: { dow: 1, doy: 4 }
    });
    // Defining a locale also selects it; the dashboard chooses the page's language itself.
    moment.locale(current);
})(window.moment);
