-- wrk script: POST /eligibility with the facts a screener app would send (a 泉州 blood donor),
-- evaluated against every programme in force.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"facts":[{"type":"honour","value":"BLOOD_DONATION_GOLD"},{"type":"card","value":"QUANZHOU_BLOOD_DONOR_HONOUR_CARD"},{"type":"residenceRegion","value":"350503"},{"type":"birthDate","value":"1968-04-12"},{"type":"sex","value":"FEMALE"},{"type":"householdStatus","value":"LOW_INCOME"}]}]]
